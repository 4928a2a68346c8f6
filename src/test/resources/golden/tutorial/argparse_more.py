import argparse
import sys

parser = argparse.ArgumentParser(prog="gilbench", description="Benchmark threads.",
                                 formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                                 epilog="Example: gilbench cpu -n 4")
parser.add_argument("--interval", type=float, default=0.005, help="switch interval in seconds")
group = parser.add_mutually_exclusive_group()
group.add_argument("-q", "--quiet", action="store_true")
group.add_argument("-v", "--verbose", action="count", default=0)
sub = parser.add_subparsers(dest="command", required=True)
cpu = sub.add_parser("cpu", help="CPU-bound threads")
cpu.add_argument("-n", "--threads", type=int, default=2)
cpu.add_argument("sizes", nargs="+", type=int, metavar="SIZE")
io = sub.add_parser("io", help="sleeping threads")
io.add_argument("--delay", type=float, required=True)
io.add_argument("--tag", action="append", default=[])

def run(argv):
    try:
        ns = parser.parse_args(argv)
        print(ns)
    except SystemExit as e:
        print("SystemExit", e.code)

run(["cpu", "-n", "4", "10", "20"])
run(["-vv", "--interval", "0.001", "io", "--delay", "1.5", "--tag", "a", "--tag", "b"])
run(["-q", "-v", "cpu", "1"])
run(["cpu"])
run(["io"])
run(["cpu", "x"])
run(["--bogus", "cpu", "1"])
run([])
run(["--help"])
run(["cpu", "--help"])
print(parser.format_usage(), end="")
ns, rest = parser.parse_known_args(["cpu", "5", "--extra"])
print(ns, rest)
p2 = argparse.ArgumentParser()
p2.add_argument("x", type=int, choices=range(3))
p2.add_argument("--ratio", type=float, default=1.0)
p2.add_argument("--name", default=None, dest="who")
p2.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p2.parse_args(["2", "--ratio=2.5", "--name", "z"]))
try:
    p2.parse_args(["5"])
except SystemExit as e:
    print("SystemExit", e.code)
try:
    p2.parse_args(["--version"])
except SystemExit as e:
    print("SystemExit", e.code)
print(p2.parse_args(sys.argv[1:] or ["1"]))
