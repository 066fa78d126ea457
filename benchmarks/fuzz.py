"""Run the property tests with 10,000 generated pages each (the CI profile runs 60).

    python benchmarks/fuzz.py [--examples 10000]

Each example is checked for: no exception, ``doc.text`` equal to the input
(lone surrogates replaced one-for-one), every span of every layer inside the
text and not on whitespace, and every non-blank line in exactly one block.
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=10_000)
    ap.add_argument("--shipped-examples", type=int, default=1_000, help="examples on the trained pipeline")
    args = ap.parse_args()
    env = dict(os.environ, HYPOTHESIS_PROFILE="fuzz", GOVNLP_FUZZ_EXAMPLES=str(args.examples),
               GOVNLP_FUZZ_SHIPPED=str(args.shipped_examples))
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              "--hypothesis-show-statistics", str(ROOT / "tests" / "test_properties.py")],
                             env=env, cwd=ROOT))
