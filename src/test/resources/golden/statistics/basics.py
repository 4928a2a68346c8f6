import statistics as st
d = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3, 4]), st.mean(d), st.fmean([3.5, 4.0, 5.25]), st.mean([1, 2, 3]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2, 3, 3, 3]), st.mode(["red", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1, 2, 3, 4]), st.variance([1, 2, 3, 4, 5]), st.variance([1, 2, 3, 4]), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'))
times = [0.1023, 0.0991, 0.1102, 0.0987, 0.1015]
print(f"{st.mean(times):.4f} {st.stdev(times):.6f} {st.median(times)}")
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.median([]), lambda: st.mode([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print(type(e).__name__, e)
