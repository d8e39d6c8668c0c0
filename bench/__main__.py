"""`make bench`: run every benchmark module that exists and print its lines."""

from __future__ import annotations

import importlib
import platform
import sys

MODULES = ("bench.bench_store", "bench.bench_ui", "bench.bench_memory", "bench.bench_board",
           "bench.bench_report", "bench.bench_export", "bench.bench_backup", "bench.bench_bundle",
           "bench.bench_readers", "bench.bench_drafts", "bench.bench_presenter",
           "bench.bench_rollup", "bench.bench_forget")


def main() -> int:
    print(f"Tillit Workshop benchmarks — Python {platform.python_version()}, {platform.machine()}")
    print("Each figure is printed beside a floor measured in the same run; ratios, not seconds, "
          "are what compare across machines.\n")
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue
            raise
        for text in module.run():
            print(text, flush=True)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
