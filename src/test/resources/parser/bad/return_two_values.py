return 5 5
