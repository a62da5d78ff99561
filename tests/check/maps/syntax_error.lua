return {
  orientation = "orthogonal"
  width = 4,
}
