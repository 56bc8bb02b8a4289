package org.whistle.knowledge.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.whistle.knowledge.KnowledgeBase;
import org.whistle.knowledge.KnowledgeEntry;
import org.whistle.knowledge.KnowledgeHit;

/** The knowledge base for other systems: search and read. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/knowledge")
@PreAuthorize(Access.READ)
class KnowledgeApiController {

	private final KnowledgeBase knowledge;

	KnowledgeApiController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	/** The active entries that best answer {@code q}, best first; none for a blank {@code q}. */
	@GetMapping
	List<KnowledgeHit> search(@RequestParam String q, @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return knowledge.search(q, limit);
	}

	@GetMapping("/{id}")
	KnowledgeEntry entry(@PathVariable long id) {
		return knowledge.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No knowledge entry " + id));
	}
}
