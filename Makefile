# annals: the targets a developer needs. `make help` lists them.
GO ?= go

.PHONY: help build run test lint golden bench

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

build: ## build bin/annals (pure Go)
	CGO_ENABLED=0 $(GO) build -o bin/annals ./cmd/annals

run: ## build the demo archive from the seed pages and serve it
	$(GO) run ./cmd/annals demo

test: ## run every test, then the quick ones again under the race detector
	$(GO) test -count=1 -timeout 45m ./...
	$(GO) test -race -short -count=1 -timeout 45m ./...

lint: ## gofmt and go vet
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

golden: ## rewrite the parsers' golden files after a reviewed change
	$(GO) test ./format/... -update

bench: ## run the benchmarks
	$(GO) test -run '^$$' -bench . -benchmem ./...
