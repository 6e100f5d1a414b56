# SPDX-License-Identifier: EUPL-1.2
# Entry points. `make run` and `make test` work on a fresh Debian 12 machine: they install what is
# missing (packaging/install-deps.sh), configure, build, then run the program or the tests.
BUILD ?= build
CMAKE_FLAGS ?= -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPORTELLO_WERROR=ON
FUZZ_SECONDS ?= 60

.PHONY: all deps build run test bench fuzz translations format clean

all: build

deps:
	@bash packaging/install-deps.sh

build: deps
	@[ -f $(BUILD)/build.ninja ] || cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD)

# Opens the desktop program on its default database (pass ARGS="--database /path/file.db").
run: build
	@bash packaging/run-app.sh $(BUILD)/ui/sportello $(ARGS)

# The whole suite, then the server's integration tests against a sanitized build of the server.
test: build
	bash packaging/run-tests.sh $(BUILD)
	bash packaging/sanitized-server-tests.sh $(BUILD)

bench: build
	bash tests/bench/run-benchmarks.sh $(BUILD)

fuzz: deps
	@[ -f build-fuzz/build.ninja ] || cmake -S . -B build-fuzz -G Ninja -DSPORTELLO_FUZZ=ON \
		-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build-fuzz
	bash tests/fuzz/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

# Refreshes the .ts files from the sources (then translate what lupdate marks unfinished).
translations:
	/usr/lib/qt6/bin/lupdate -no-obsolete -locations none app ui -ts translations/sportello_it.ts translations/sportello_en.ts
	python3 translations/tools/apply.py

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-fuzz build-sanitized
