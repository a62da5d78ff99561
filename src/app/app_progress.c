/* app_progress: the player's save: loading it at the start, saving at the
 * game's safe points (backing off after a failure), keeping a dated copy
 * on New game, going back to a copy. */
#include "app.h"
#include "log.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The dated copies of earlier progress, for the title's list. */
void app_list_copies(app *a)
{
    sav_copy found[GAME_MAX_COPIES];
    int n = sav_list_copies(a->save_dir, found, GAME_MAX_COPIES);
    a->copy_count = n < GAME_MAX_COPIES ? n : GAME_MAX_COPIES;
    for (int i = 0; i < a->copy_count; i++) {
        game_copy *c = &a->copies[i];
        memset(c, 0, sizeof *c);
        _Static_assert(sizeof c->name >= SAV_COPY_NAME_MAX, "a copy's name fits");
        memcpy(c->name, found[i].name, SAV_COPY_NAME_MAX);
        c->name[SAV_COPY_NAME_MAX - 1] = '\0';
        c->day = found[i].day;
        c->xp = found[i].xp;
        c->skills = found[i].skills;
        c->mastered = found[i].mastered;
        c->levels = found[i].levels;
        c->readable = found[i].status == SAV_FILE_GOOD;
    }
}

/* The progress this run starts from: the player's save, or (replaying a
 * recorded session) the save the session started from. */
const sav_progress *app_load_progress(app *a, sav_report *report)
{
    memset(report, 0, sizeof *report);
    sav_defaults(&a->progress);
    if (a->has_replay && a->replay.session) {
        if (!a->replay.save) return NULL;
        char err[300];
        sav_file_status st =
            sav_parse(a->replay.save, strlen(a->replay.save), &a->progress, err, sizeof err);
        if (st != SAV_FILE_GOOD) {
            log_error("replay: the session's save does not read: %s", err);
            sav_defaults(&a->progress);
            return NULL;
        }
        return &a->progress;
    }
    if (!a->save_dir[0] || a->level) return NULL;
    /* The folder is this copy's while it runs (a second copy plays without
     * saving and is told so in the report's message). */
    a->saves = sav_open(a->save_dir, &a->progress, report);
    if (report->detail[0]) {
        if (report->code == SAV_OK || report->code == SAV_FRESH_START)
            log_info("%s", report->detail);
        else
            log_warn("%s", report->detail);
    }
    if (report->read_only)
        log_warn("save: another copy of SkillQuest holds %s: this one plays without saving",
                 a->save_dir);
    app_list_copies(a);
    bool loaded = report->code == SAV_OK || report->code == SAV_RESTORED_BACKUP;
    return loaded ? &a->progress : NULL;
}

/* Writes the player's progress and settings; the game never waits on it
 * inside a tick. A --level session is a sandbox and keeps no save. A save
 * that fails waits out a back-off, and the player is told once, in the
 * game, what happened and what they can do. */
void app_save(app *a, double now)
{
    if (!a->saves || !sav_writable(a->saves) || !a->game || now < a->save_not_before) return;
    game_progress(a->game, &a->progress);
    /* F11 changes fullscreen outside the menus: save what the player sees. */
    if (!a->opts.headless) a->progress.settings.fullscreen = plat_is_fullscreen(a->plat);
    sav_failure why;
    switch (sav_save(a->saves, &a->progress, now, &why)) {
    case SAV_SAVED:
        a->save_not_before = 0;
        game_saved(a->game);
        break;
    case SAV_DEFERRED:
        break;
    case SAV_FAILED:
    case SAV_CONFLICT:
        if (why.first) {
            log_error("save: %s", why.detail);
            game_event e = {.kind = GAME_EV_NOTICE};
            snprintf(e.text, sizeof e.text, "Your progress is not being saved. %s",
                     sav_failure_message(why.kind));
            app_event(a, e, 0);
        }
        a->save_not_before = now + 1.0;
        break;
    case SAV_READ_ONLY:
        break; /* the report at start told the player */
    }
}

/* New game over progress: the old progress is kept as a copy first, and
 * the game is told how that went. */
void app_keep_copy(app *a)
{
    if ((a->has_replay && a->replay.session) || !game_wants_copy_kept(a->game)) return;
    for (int i = 0; i < a->event_count; i++)
        if (a->events[i].kind == GAME_EV_KEPT) return; /* answered: the game hears it next tick */
    game_event e = {.kind = GAME_EV_KEPT, .ok = true};
    if (a->saves) {
        game_progress(a->game, &a->progress);
        sav_failure why;
        char name[SAV_COPY_NAME_MAX] = "";
        if (sav_keep_copy(a->saves, &a->progress, game_today(a->game), name, sizeof name, &why) ==
            SAV_SAVED) {
            snprintf(e.text, sizeof e.text, "%s", name);
        } else {
            e.ok = false;
            log_error("save: keeping a copy: %s", why.detail);
            snprintf(e.text, sizeof e.text, "%s", sav_failure_message(why.kind));
        }
    }
    app_event(a, e, 0);
}

/* Going back to a copy: restored on disk, then the game starts over from
 * it on the title. A recording ends here (its replay cannot have the copy). */
void app_restore_copy(app *a)
{
    const char *name = a->game ? game_wants_restore(a->game) : "";
    if ((a->has_replay && a->replay.session) || !name[0]) return;
    char chosen[SAV_COPY_NAME_MAX];
    snprintf(chosen, sizeof chosen, "%s", name);
    sav_progress *current = malloc(sizeof *current), *restored = malloc(sizeof *restored);
    if (!current || !restored || !a->saves) {
        free(current), free(restored);
        return;
    }
    game_progress(a->game, current);
    sav_failure why;
    sav_save_result r = sav_restore_copy(a->saves, chosen, current, game_today(a->game), restored, &why);
    if (r != SAV_SAVED) {
        log_error("save: restoring %s: %s", chosen, why.detail);
        game_event e = {.kind = GAME_EV_NOTICE};
        snprintf(e.text, sizeof e.text, "That copy could not be restored; nothing was changed. %s",
                 sav_failure_message(why.kind));
        app_event(a, e, 0);
        game_restore_done(a->game);
    } else {
        if (a->recording) {
            char err[200];
            fprintf(a->record.file, "# the player went back to %s: the session ends here\n", chosen);
            rec_close(&a->record, (uint32_t)game_ticks(a->game), game_hash(a->game), err, sizeof err);
            a->recording = false;
        }
        a->progress = *restored;
        app_list_copies(a);
        game_config gc = {a->seed, a->root, NULL, false, a->save_dir, &a->progress, "", a->ren,
                          ren_get_atlas(a->ren), a->today, a->copies, a->copy_count, NULL, 0, false};
        game *fresh = game_create(&gc);
        if (fresh) {
            game_destroy(a->game);
            a->game = fresh;
            app_apply_settings(a);
        }
    }
    free(current);
    free(restored);
}
