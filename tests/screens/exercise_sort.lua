-- The exercise screen with a sort exercise (golden images).
return sq.module("exercises").level("sort")
