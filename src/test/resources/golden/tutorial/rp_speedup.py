# Real Python "Speed Up Your Python Program With Concurrency", network replaced by sleeps
import concurrent.futures
import threading
import time
import multiprocessing

thread_local = threading.local()

class Session:
    def __init__(self):
        self.count = 0
    def get(self, url):
        time.sleep(0.005)
        self.count += 1
        return len(url)

def get_session():
    if not hasattr(thread_local, "session"):
        thread_local.session = Session()
    return thread_local.session

def download_site(url):
    session = get_session()
    return session.get(url)

def download_all_sites(sites):
    with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
        return list(executor.map(download_site, sites))

def cpu_bound(number):
    return sum(i * i for i in range(number))

def find_sums(numbers):
    with multiprocessing.Pool() as pool:
        return pool.map(cpu_bound, numbers)

if __name__ == "__main__":
    sites = ["https://www.jython.org", "http://olympus.realpython.org/dice"] * 20
    start_time = time.time()
    sizes = download_all_sites(sites)
    duration = time.time() - start_time
    print(f"Downloaded {len(sites)} in {'<1' if duration < 1 else '>=1'} seconds, total {sum(sizes)}")
    numbers = [5_000 + x for x in range(8)]
    start_time = time.perf_counter()
    sums = find_sums(numbers)
    duration = time.perf_counter() - start_time
    print(f"Duration ok: {duration > 0}; sums[0]={sums[0]:,} last={sums[-1]:_}")
    print([cpu_bound(n) for n in numbers] == sums)
