import threading

class Singleton:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = super().__new__(cls)
        return cls._instance

class SingletonMeta(type):
    _instances = {}
    _lock: threading.Lock = threading.Lock()
    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                instance = super().__call__(*args, **kwargs)
                cls._instances[cls] = instance
        return cls._instances[cls]

class Config(metaclass=SingletonMeta):
    def __init__(self, value: str) -> None:
        self.value = value

ids = set()
values = []
def make(v):
    ids.add(id(Singleton()))
    values.append(Config(v).value)
ts = [threading.Thread(target=make, args=(f"v{i}",)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(len(ids), len(set(values)))
print(Singleton() is Singleton(), type(Config._instances).__name__)
