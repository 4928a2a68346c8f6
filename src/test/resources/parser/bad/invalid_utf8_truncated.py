x = "cafÃ"
