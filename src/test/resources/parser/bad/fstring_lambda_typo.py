f = F"{(lambdaa: 1)()}"
