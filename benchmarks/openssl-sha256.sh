#!/bin/sh
# The openssl side of Sha256Bench: single-core SHA-256 throughput at 16 KiB blocks.
# Compare its last column (kB/s, 1 kB = 1000 bytes) with Sha256Bench.gilkit ops/s * 64 MiB,
# measured in the same session (the machine is shared, so only side-by-side ratios mean anything).
exec openssl speed -bytes 16384 -seconds 3 sha256
