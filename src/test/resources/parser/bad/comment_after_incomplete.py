assert #x, "message"
