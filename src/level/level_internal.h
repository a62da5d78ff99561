/* level_internal: what the level module's files share (private to src/level). */
#ifndef SQ_LEVEL_INTERNAL_H
#define SQ_LEVEL_INTERNAL_H

#include "level.h"

/* level_hazard.c: a bug whose patrol covers a one-tile passage that every
 * way from the start to the exit must take is a warning (the player can only
 * pass by luck). held: the skills the player can hold, for the gates. */
/* The skill an object teaches (an orb's `skill`, a person's `teaches`), or NULL. */
const char *lvl_teaches(const lvl_object *o);

void lvl_check_hazards(const lvl_def *def, const lvl_check_env *env, char **held, int held_count);

#endif
