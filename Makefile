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

# Adds the strings new in the sources to the .ts files (the source of truth) and drops the ones gone;
# then translate what is marked unfinished with Qt Linguist (linguist translations/sportello_it.ts)
# or a translation platform. tst_translations fails while anything is left unfinished.
translations:
	/usr/lib/qt6/bin/lupdate -no-obsolete -locations none app ui server translations -ts translations/sportello_it.ts translations/sportello_en.ts

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-fuzz build-sanitized
