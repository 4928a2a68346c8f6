# GeeksforGeeks multiprocessing series
import multiprocessing
import os

result = []

def square_list(mylist, result, square_sum):
    for idx, num in enumerate(mylist):
        result[idx] = num * num
    square_sum.value = sum(result)
    print("Result(in process p1): {}".format(result[:]))
    print("Sum of squares(in process p1): {}".format(square_sum.value))

def print_records(records):
    for record in records:
        print("Name: {0}\nScore: {1}\n".format(record[0], record[1]))

def insert_record(record, records):
    records.append(record)
    print("New record added!\n")

def withdraw(balance, lock):
    for _ in range(1000):
        lock.acquire()
        balance.value = balance.value - 1
        lock.release()

def deposit(balance, lock):
    for _ in range(1000):
        lock.acquire()
        balance.value = balance.value + 1
        lock.release()

def sender(conn, msgs):
    for msg in msgs:
        conn.send(msg)
        print("Sent the message: {}".format(msg), flush=True)
    conn.close()

if __name__ == "__main__":
    mylist = [1, 2, 3, 4]
    result = multiprocessing.Array('i', 4)
    square_sum = multiprocessing.Value('i')
    p1 = multiprocessing.Process(target=square_list, args=(mylist, result, square_sum))
    p1.start()
    p1.join()
    print("Result(in main program): {}".format(result[:]))
    print("Sum of squares(in main program): {}".format(square_sum.value))
    with multiprocessing.Manager() as manager:
        records = manager.list([('Sam', 10), ('Adam', 9), ('Kevin', 9)])
        new_record = ('Jeff', 8)
        p1 = multiprocessing.Process(target=insert_record, args=(new_record, records))
        p2 = multiprocessing.Process(target=print_records, args=(records,))
        p1.start(); p1.join()
        p2.start(); p2.join()
    balance = multiprocessing.Value('i', 100)
    lock = multiprocessing.Lock()
    p1 = multiprocessing.Process(target=withdraw, args=(balance, lock))
    p2 = multiprocessing.Process(target=deposit, args=(balance, lock))
    p1.start(); p2.start(); p1.join(); p2.join()
    print("Final balance = {}".format(balance.value))
    msgs = ["hello", "hey", "hru?", "END"]
    parent_conn, child_conn = multiprocessing.Pipe()
    p1 = multiprocessing.Process(target=sender, args=(child_conn, msgs))
    p1.start()
    while True:
        msg = parent_conn.recv()
        if msg == "END":
            break
    p1.join()
    print("Received the message: done")
    print(multiprocessing.current_process().name)
