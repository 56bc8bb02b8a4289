package org.whistle.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;
import org.whistle.intake.Photos;
import org.whistle.intake.Photos.InvalidPhoto;
import org.whistle.intake.Photos.PhotoContent;
import org.whistle.intake.Photos.PhotoRef;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.OrderNotFound;

/**
 * A work order's photos: {@code POST} one or more {@code file} parts (all are stored or none),
 * {@code GET} the list, and {@code GET …/{photoId}} the bytes, served so that a browser shows
 * them only as the image their bytes are. A multipart above Spring's limits is refused before
 * it reaches this controller, as 413 by Spring Boot's problem details handler.
 */
@RestController
@RequestMapping("/api/work-orders/{id}/photos")
class PhotoApiController {

	private static final CacheControl PRIVATE = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

	private final Photos photos;
	private final TransactionTemplate transactions;

	PhotoApiController(Photos photos, TransactionTemplate transactions) {
		this.photos = photos;
		this.transactions = transactions;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('OPERATOR', 'HANDLER', 'GRID_WORKER', 'DISPATCHER', 'ADMIN')")
	ResponseEntity<List<PhotoRef>> attach(@PathVariable long id, @RequestPart("file") List<MultipartFile> files,
			@AuthenticationPrincipal StaffDetails user) {
		List<PhotoRef> attached = transactions.execute(status -> files.stream()
			.map(file -> photos.attach(id, file.getOriginalFilename(), bytesOf(file), user.staff()))
			.toList());
		return ResponseEntity.status(HttpStatus.CREATED).body(attached);
	}

	@GetMapping
	List<PhotoRef> list(@PathVariable long id, @AuthenticationPrincipal StaffDetails user) {
		return photos.of(id, user.staff());
	}

	@GetMapping("/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
			@AuthenticationPrincipal StaffDetails user) {
		PhotoContent photo = photos.content(id, photoId, user.staff())
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND,
					"No such photo", "No photo " + photoId + " on work order " + id), null));
		String filename = photos.of(id, user.staff()).stream().filter(ref -> ref.id() == photoId)
			.map(PhotoRef::filename).findFirst().orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.cacheControl(PRIVATE)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(photo.bytes());
	}

	private static byte[] bytesOf(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Reading the uploaded " + file.getOriginalFilename() + " failed", e);
		}
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** Turns the refusals of photos into RFC 9457 problems. */
	@RestControllerAdvice(assignableTypes = PhotoApiController.class)
	static class PhotoProblems {

		@ExceptionHandler(InvalidPhoto.class)
		ProblemDetail invalid(InvalidPhoto e) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid photo", e.getMessage() + "; no photo was stored");
		}

		@ExceptionHandler(OrderNotFound.class)
		ProblemDetail notFound(OrderNotFound e) {
			return problem(HttpStatus.NOT_FOUND, "No such work order", e.getMessage());
		}

		@ExceptionHandler(DuplicateKeyException.class)
		ProblemDetail raced(DuplicateKeyException e) {
			return problem(HttpStatus.CONFLICT, "Photos attached at the same time",
					"Another upload to this work order came first; send the photos again");
		}
	}
}
