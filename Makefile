# Two entry points (see README.md):
#   make demo   installs what building and running needs, builds advo, and
#               runs it on examples/acme
#   make test   adds what the tests need, builds and runs the whole test suite
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
SAMPLE_TODAY = 2026-11-16

.PHONY: demo test build deps build-deps clean

build-deps:
	@bash .ci/deps build

deps:
	@bash .ci/deps

# advo alone: the tests are not configured, so their packages are not needed.
demo: build-deps
	cmake -S . -B $(BUILD) -DADVO_TESTS=OFF $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS) --target advo
	@echo
	@echo "== advo on the sample program (today is $(SAMPLE_TODAY))"
	$(BUILD)/advo -C examples/acme --today $(SAMPLE_TODAY) check && echo "check: no problems"
	$(BUILD)/advo -C examples/acme --today $(SAMPLE_TODAY) show jane-doe

build: deps
	cmake -S . -B $(BUILD) -DADVO_TESTS=ON $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD)
