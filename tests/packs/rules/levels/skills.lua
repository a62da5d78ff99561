-- Two skills of this pack: the second builds on the first.
return {
  rules_base = { id = "rules_base", name = "Rules base", field = "automation", side = "developer",
    requires = {}, card = "The skill the other one builds on. Nothing teaches it in this pack." },
  rules_thin = { id = "rules_thin", name = "Rules thin", field = "automation", side = "developer",
    requires = {}, card = "A skill with too few exercises. The checker must say so." },
  rules_top = { id = "rules_top", name = "Rules top", field = "automation", side = "developer",
    requires = { "rules_base" }, card = "A skill that needs rules_base held first. The checker must say so." },
}
