package org.whistle.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;
import org.whistle.people.Role;

class UserFormTests {

	private final Unit hotline = new Unit(7, "ZWJ", "政务服务管理局", UnitKind.DEPARTMENT, null, null);

	private final Units units = new Units() {
		@Override
		public List<Unit> all() {
			return List.of(hotline);
		}

		@Override
		public Optional<Unit> byId(long id) {
			return id == hotline.id() ? Optional.of(hotline) : Optional.empty();
		}

		@Override
		public Optional<Unit> byCode(String code) {
			return Optional.empty();
		}

		@Override
		public Optional<Unit> governing(String areaCode) {
			return Optional.empty();
		}
	};

	private UserForm valid() {
		var form = new UserForm();
		form.setUsername("wang.fang");
		form.setDisplayName("王芳");
		form.setUnitId(hotline.id());
		form.setRoles(EnumSet.of(Role.OPERATOR));
		form.setPassword("long-enough");
		return form;
	}

	private List<String> errorsOf(UserForm form, boolean creating) {
		var errors = new BeanPropertyBindingResult(form, "user");
		form.validate(errors, units, creating);
		return errors.getFieldErrors().stream().map(FieldError::getField).toList();
	}

	@Test
	void a_complete_new_user_is_valid() {
		assertThat(errorsOf(valid(), true)).isEmpty();
	}

	@Test
	void a_new_user_needs_a_user_name_of_safe_characters() {
		var form = valid();
		form.setUsername("王 芳");
		assertThat(errorsOf(form, true)).containsExactly("username");
	}

	@Test
	void a_user_must_belong_to_an_existing_unit() {
		var form = valid();
		form.setUnitId(99L);
		assertThat(errorsOf(form, true)).containsExactly("unitId");
	}

	@Test
	void a_user_holds_at_least_one_role() {
		var form = valid();
		form.setRoles(EnumSet.noneOf(Role.class));
		assertThat(errorsOf(form, true)).containsExactly("roles");
	}

	@Test
	void a_new_user_needs_a_password_of_eight_characters() {
		var form = valid();
		form.setPassword("short");
		assertThat(errorsOf(form, true)).containsExactly("password");
	}

	@Test
	void an_edit_may_leave_the_password_empty_to_keep_it() {
		var form = valid();
		form.setPassword("");
		assertThat(errorsOf(form, false)).isEmpty();
	}
}
