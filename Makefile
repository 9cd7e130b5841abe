# Two entry points (see README.md):
#   make demo   installs what is missing, builds, and runs advo on examples/acme
#   make test   builds and runs the whole test suite
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
SAMPLE_TODAY = 2026-11-16

.PHONY: demo test build deps clean

deps:
	@bash .ci/deps

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo
	@echo "== advo on the sample program (today is $(SAMPLE_TODAY))"
	$(BUILD)/advo -C examples/acme --today $(SAMPLE_TODAY) check && echo "check: no problems"
	$(BUILD)/advo -C examples/acme --today $(SAMPLE_TODAY) show jane-doe

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD)
