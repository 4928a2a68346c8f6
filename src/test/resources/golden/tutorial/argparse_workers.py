import argparse
import concurrent.futures
import sys

def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Run N workers over a range of numbers.")
    parser.add_argument("-w", "--workers", type=int, default=4, help="number of worker threads")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--mode", choices=["thread", "process"], default="thread")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    return parser.parse_args(argv)

def work(n):
    return n * n

if __name__ == "__main__":
    args = parse_args(["-w", "2", "--count", "5", "-v", "a", "b"])
    print(args)
    print(vars(args))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as ex:
        print(list(ex.map(work, range(args.count))))
    args = parse_args([])
    print(args.workers, args.mode, args.verbose, args.names)
    try:
        parse_args(["--mode", "fork"])
    except SystemExit as e:
        print("exit code", e.code)
    try:
        parse_args(["--help"])
    except SystemExit as e:
        print("exit code", e.code)
