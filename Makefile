# Briefbench: `make run` opens the app on the bundled samples; `make test` runs
# everything CI checks. Both install missing Debian/Ubuntu packages first
# (with apt-get when root, else they print the sudo line and stop).

GO        ?= go
BIN       := bin/briefbench
TAGS      := migrated_fynedo
TESTTAGS  := ci,migrated_fynedo
GOBIN     := $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION := v0.8.2
GOFUMPT_VERSION     := v0.12.0
FUZZTIME  ?= 5s
FUZZPKGS  ?= ./...
ENGINE_PKGS := ./brief ./compare ./importers ./export ./resources ./present ./text ./workspace
# PLAIN_PKGS phrase and keep data for every writer: no Fyne and no excelize.
PLAIN_PKGS := ./present ./text ./workspace

BUILD_PKGS := gcc pkg-config libgl1-mesa-dev xorg-dev
# Fonts with Hangul, Chinese and Japanese glyphs: Fyne falls back to system
# fonts for characters its own font lacks (Korean sources, for one).
RUN_PKGS   := fonts-noto-cjk
TEST_PKGS  := xvfb xauth poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui fonts-dejavu-core

.PHONY: run build test deps test-deps vet fmt lint deprule unit fuzz bench clean

run: deps build
	@./.ci/apt $(RUN_PKGS)
	LANG=$${LANG:-en_US.UTF-8} ./$(BIN)

build: deps
	$(GO) build -tags $(TAGS) -o $(BIN) .

# deps installs the C toolchain and GL/X11 headers Fyne needs to build.
deps:
	@./.ci/apt $(BUILD_PKGS)

test-deps: deps
	@./.ci/apt $(TEST_PKGS)
	@test -x $(GOBIN)/staticcheck || GOFLAGS= $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	@test -x $(GOBIN)/gofumpt || GOFLAGS= $(GO) install mvdan.cc/gofumpt@$(GOFUMPT_VERSION)

test: test-deps vet fmt lint deprule unit fuzz
	@echo "make test: all checks passed"

vet:
	$(GO) vet -tags $(TESTTAGS) ./...

fmt:
	@out=$$($(GOBIN)/gofumpt -l .); \
	if [ -n "$$out" ]; then echo "not gofumpt-formatted (run gofumpt -w):"; echo "$$out"; exit 1; fi

lint:
	$(GOBIN)/staticcheck -tags $(TESTTAGS) ./...

# deprule: the engine packages never import Fyne.
deprule:
	@bad=$$($(GO) list -deps $(ENGINE_PKGS) | grep '^fyne.io/' || true); \
	if [ -n "$$bad" ]; then echo "engine packages import Fyne:"; echo "$$bad"; exit 1; fi; \
	echo "deprule: engine packages import no Fyne"
	@bad=$$($(GO) list -deps $(PLAIN_PKGS) | grep 'excelize' || true); \
	if [ -n "$$bad" ]; then echo "present, text or workspace import excelize:"; echo "$$bad"; exit 1; fi

# unit runs every test with the race detector. LANG is set for Fyne.
unit:
	LANG=en_US.UTF-8 $(GO) test -race -tags $(TESTTAGS) -timeout 20m ./...

# fuzz runs every fuzz target of every package briefly (FUZZTIME each;
# about 15 targets). New coverage is not minimised (-fuzzminimizetime 0):
# in a run this short, minimising stalls the workers for seconds and, when
# the time runs out mid-way, Go reports "context deadline exceeded" as a
# failure. A crasher is still reported, just not shrunk. Run one package
# longer with e.g. make fuzz FUZZTIME=3m FUZZPKGS=./export.
fuzz:
	@for pkg in $$($(GO) list $(FUZZPKGS)); do \
		for t in $$($(GO) test -tags $(TESTTAGS) -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz $$pkg $$t ($(FUZZTIME))"; \
			$(GO) test -tags $(TESTTAGS) -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 0 $$pkg || exit 1; \
		done; \
	done

bench:
	$(GO) test -tags $(TESTTAGS) -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
