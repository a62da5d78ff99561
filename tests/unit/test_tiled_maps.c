/* Real Tiled maps through the level loader: Tiled's own example maps (32x32, 24x24,
 * 31x31 and 16x16 tiles) and the feature maps of tests/data/tiled/features, each read
 * from its .tmx and from Tiled's Lua export of it, must give the same level data. */
#include "test_common.h"
#include "level.h"
#include "script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TILED SQ_SOURCE_DIR "/tests/data/tiled/"

static scr_level *load(const char *path, lvl_def *def)
{
    scr_env env = {SQ_SOURCE_DIR, scr_default_limits(), NULL, 1, NULL, 0};
    char err[1024];
    scr_level *lv = scr_level_load(path, &env, def, err, sizeof err);
    if (!lv) fail_msg("%s does not load: %s", path, err);
    return lv;
}

static void same_string(const char *a, const char *b, const char *what)
{
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0))
        fail_msg("%s: '%s' vs '%s'", what, a ? a : "(null)", b ? b : "(null)");
}

/* Everything the game, the checker and the drawing read, field by field. Paths
 * compare equal too: both files sit in one folder, so both resolve alike. */
static void assert_same_level(const lvl_def *a, const lvl_def *b)
{
    const lvl_map *m = &a->map, *n = &b->map;
    assert_int_equal(m->width, n->width);
    assert_int_equal(m->height, n->height);
    assert_int_equal(m->source_tile_w, n->source_tile_w);
    assert_int_equal(m->source_tile_h, n->source_tile_h);
    assert_memory_equal(m->background, n->background, 4);
    size_t cells = (size_t)m->width * (size_t)m->height;
    assert_int_equal(m->layer_count, n->layer_count);
    for (int i = 0; i < m->layer_count; i++) {
        assert_memory_equal(m->layers[i], n->layers[i], cells * sizeof(uint32_t));
        const lvl_layer_look *p = &m->looks[i], *q = &n->looks[i];
        same_string(p->name, q->name, "layer name");
        assert_true(p->opacity == q->opacity);
        assert_memory_equal(p->tint, q->tint, 4);
        assert_int_equal(p->offset_x, q->offset_x);
        assert_int_equal(p->offset_y, q->offset_y);
        assert_true(p->parallax_x == q->parallax_x && p->parallax_y == q->parallax_y);
    }
    assert_memory_equal(m->solid, n->solid, cells);
    assert_int_equal(m->tileset_count, n->tileset_count);
    for (int i = 0; i < m->tileset_count; i++) {
        const lvl_tileset *s = &m->tilesets[i], *t = &n->tilesets[i];
        same_string(s->image, t->image, "tileset image");
        assert_int_equal(s->firstgid, t->firstgid);
        assert_int_equal(s->count, t->count);
        assert_int_equal(s->columns, t->columns);
        assert_int_equal(s->tile_w, t->tile_w);
        assert_int_equal(s->tile_h, t->tile_h);
        assert_int_equal(s->margin, t->margin);
        assert_int_equal(s->spacing, t->spacing);
        assert_int_equal(s->has_transparent, t->has_transparent);
        assert_int_equal(s->transparent, t->transparent);
        assert_int_equal(s->draw_w, t->draw_w);
        assert_int_equal(s->draw_h, t->draw_h);
        assert_int_equal(s->draw_dx, t->draw_dx);
        assert_int_equal(s->draw_dy, t->draw_dy);
        assert_memory_equal(s->solid, t->solid, (size_t)s->count);
        assert_int_equal(s->anim_count, t->anim_count);
        for (int k = 0; k < s->anim_count; k++) {
            assert_int_equal(s->anims[k].tile, t->anims[k].tile);
            assert_int_equal(s->anims[k].frame_count, t->anims[k].frame_count);
            assert_memory_equal(s->anims[k].frames, t->anims[k].frames,
                                sizeof(lvl_frame) * (size_t)s->anims[k].frame_count);
        }
    }
    assert_int_equal(a->object_count, b->object_count);
    for (int i = 0; i < a->object_count; i++) {
        const lvl_object *o = &a->objects[i], *p = &b->objects[i];
        same_string(o->type, p->type, "object type");
        same_string(o->name, p->name, "object name");
        assert_int_equal(o->x, p->x);
        assert_int_equal(o->y, p->y);
        assert_int_equal(o->w, p->w);
        assert_int_equal(o->h, p->h);
        assert_int_equal(o->prop_count, p->prop_count);
        for (int k = 0; k < o->prop_count; k++) {
            same_string(o->props[k].key, p->props[k].key, "prop key");
            assert_int_equal(o->props[k].kind, p->props[k].kind);
            same_string(o->props[k].string, p->props[k].string, "prop value");
            assert_true(o->props[k].number == p->props[k].number);
            assert_int_equal(o->props[k].boolean, p->props[k].boolean);
        }
    }
    assert_int_equal(m->text_count, n->text_count);
    for (int i = 0; i < m->text_count; i++) {
        const lvl_text *s = &m->texts[i], *t = &n->texts[i];
        same_string(s->text, t->text, "text");
        same_string(s->name, t->name, "text name");
        same_string(s->font_family, t->font_family, "font");
        assert_int_equal(s->pixel_size, t->pixel_size);
        assert_int_equal(s->size, t->size);
        assert_true(s->x == t->x && s->y == t->y && s->w == t->w && s->h == t->h);
        assert_memory_equal(s->color, t->color, 4);
        assert_int_equal(s->halign, t->halign);
        assert_int_equal(s->valign, t->valign);
        assert_true(s->wrap == t->wrap && s->bold == t->bold && s->italic == t->italic &&
                    s->underline == t->underline && s->strikeout == t->strikeout &&
                    s->kerning == t->kerning);
        assert_int_equal(s->above, t->above);
    }
    assert_int_equal(m->picture_count, n->picture_count);
    for (int i = 0; i < m->picture_count; i++) {
        const lvl_picture *s = &m->pictures[i], *t = &n->pictures[i];
        same_string(s->image, t->image, "picture image");
        assert_int_equal(s->gid, t->gid);
        assert_true(s->x == t->x && s->y == t->y && s->w == t->w && s->h == t->h);
        assert_true(s->scale == t->scale && s->opacity == t->opacity);
        assert_memory_equal(s->tint, t->tint, 4);
        assert_int_equal(s->above, t->above);
    }
    assert_int_equal(m->note_count, n->note_count);
    for (int i = 0; i < m->note_count; i++)
        same_string(m->notes[i].message, n->notes[i].message, "note");
}

/* Loads every file given and compares each with the first. */
static void assert_all_alike(const char *const *files)
{
    lvl_def first;
    scr_level *lv0 = load(files[0], &first);
    for (int i = 1; files[i]; i++) {
        lvl_def def;
        scr_level *lv = load(files[i], &def);
        assert_same_level(&first, &def);
        scr_level_destroy(lv);
        lvl_free(&def);
    }
    scr_level_destroy(lv0);
    lvl_free(&first);
}

static void office_in_every_format_loads_alike(void **state)
{
    (void)state;
    /* CSV, base64, zlib, gzip, zstd; the .tmx and its Lua export. */
    assert_all_alike((const char *const[]){TILED "office.tmx", TILED "office_base64.tmx",
                                           TILED "office_zlib.tmx", TILED "office_gzip.tmx",
                                           TILED "office_zstd.tmx", TILED "office_lua.lua",
                                           TILED "office_base64.lua", TILED "office_zlib.lua",
                                           TILED "office_gzip.lua", TILED "office_zstd.lua", NULL});
    /* An external .tsx, read from the map and from the export's `filename`. */
    assert_all_alike((const char *const[]){TILED "external.tmx", TILED "external.lua", NULL});
}

static void desert_32px_loads_alike(void **state)
{
    (void)state;
    assert_all_alike((const char *const[]){TILED "examples/desert.tmx", TILED "examples/desert.lua",
                                           TILED "examples/desert_embedded.lua", NULL});
    lvl_def def;
    scr_level *lv = load(TILED "examples/desert.tmx", &def);
    assert_int_equal(def.map.width, 40); /* the same tiles, each drawn at 16 px */
    assert_int_equal(def.map.source_tile_w, 32);
    const lvl_tileset *ts = &def.map.tilesets[0];
    assert_int_equal(ts->margin, 1);
    assert_int_equal(ts->spacing, 1);
    assert_int_equal(ts->count, 48); /* from the .tsx */
    assert_int_equal(ts->columns, 8);
    assert_int_equal(ts->draw_w, 16);
    assert_int_equal(ts->draw_dy, 0);
    /* Hot reload watches the map, its .tsx and the image. */
    assert_int_equal(def.map.file_count, 3);
    assert_non_null(strstr(def.map.files[0], "desert.tmx"));
    assert_non_null(strstr(def.map.files[1], "desert.tsx"));
    assert_non_null(strstr(def.map.files[2], "tmw_desert_spacing.png"));
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void sewers_24px_loads_alike(void **state)
{
    (void)state;
    assert_all_alike(
        (const char *const[]){TILED "examples/sewers.tmx", TILED "examples/sewers.lua", NULL});
    lvl_def def;
    scr_level *lv = load(TILED "examples/sewers.tmx", &def);
    const lvl_tileset *ts = &def.map.tilesets[0];
    assert_true(ts->has_transparent);
    assert_int_equal(ts->transparent, 0xff00ff);
    assert_int_equal(ts->count, 72); /* 192x217: 8 columns, 9 rows (the old TMX has no tilecount) */
    assert_int_equal(def.map.layer_count, 2);
    assert_true(def.map.looks[1].opacity > 0.48f && def.map.looks[1].opacity < 0.50f);
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void perspective_walls_31px_loads_alike(void **state)
{
    (void)state;
    assert_all_alike((const char *const[]){TILED "examples/perspective_walls.tmx",
                                           TILED "examples/perspective_walls.lua",
                                           TILED "examples/perspective_walls_embedded.lua", NULL});
    lvl_def def;
    scr_level *lv = load(TILED "examples/perspective_walls.tmx", &def);
    const lvl_tileset *ts = &def.map.tilesets[0];
    /* 64 px walls on a 31 px grid, anchored bottom-left and shifted left by 32 px:
     * 33 px drawn, 17 left and 17 up of the 16 px cell. The .tsx gives no tile count:
     * the image says 4x4. */
    assert_int_equal(ts->count, 16);
    assert_int_equal(ts->draw_w, 33);
    assert_int_equal(ts->draw_dx, -17);
    assert_int_equal(ts->draw_dy, 16 - 33);
    assert_int_equal(def.map.layer_count, 3);
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void orthogonal_outside_16px_loads_alike(void **state)
{
    (void)state;
    assert_all_alike((const char *const[]){TILED "examples/orthogonal-outside.tmx",
                                           TILED "examples/orthogonal-outside.lua", NULL});
    lvl_def def;
    scr_level *lv = load(TILED "examples/orthogonal-outside.tmx", &def);
    /* Untyped tile objects are decoration to draw; typed objects are things. */
    int flipped = 0;
    for (int i = 0; i < def.map.picture_count; i++)
        flipped += (def.map.pictures[i].gid & LVL_FLIP_H) != 0;
    assert_int_equal(def.map.picture_count, 22);
    assert_int_equal(flipped, 4);
    assert_non_null(lvl_object_find(&def, "NPC", "guard"));
    const lvl_object *maggots = lvl_object_find(&def, "location", "maggots");
    assert_non_null(maggots);
    assert_int_equal(maggots->x, 435);
    assert_int_equal(lvl_prop_number(maggots, "spawncount", 0), 5);
    /* Its shapes (polygons, polylines, an ellipse) all have a class: no notes. */
    assert_int_equal(def.map.note_count, 0);
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void features_load_alike(void **state)
{
    (void)state;
    assert_all_alike(
        (const char *const[]){TILED "features/features.tmx", TILED "features/features.lua", NULL});
    lvl_def def;
    scr_level *lv = load(TILED "features/features.tmx", &def);
    const lvl_map *m = &def.map;
    /* Infinite: chunks from x = -16 to 15; the world starts at the leftmost. */
    assert_int_equal(m->width, 32);
    assert_int_equal(m->height, 16);
    assert_int_equal(m->background[2], 0x40);
    /* Drawn: ground, walls, the group's "inside"; the hidden collision layer only collides. */
    assert_int_equal(m->layer_count, 3);
    assert_string_equal(m->looks[2].name, "inside");
    assert_true(m->looks[1].opacity == 0.75f);
    assert_true(m->looks[2].opacity == 0.5f);  /* the group's */
    assert_int_equal(m->looks[2].offset_x, 0); /* 32 px = one whole tile, moved in the cells */
    assert_int_equal(m->looks[2].offset_y, 4); /* 8 map px = 4 world px, drawn */
    assert_int_equal(m->layers[2][2 * m->width + 16 + 3] & LVL_GID_MASK, 12);
    assert_true(m->solid[8 * m->width + 8]); /* the hidden layer's plant */
    assert_int_equal(m->layers[0][8 * m->width + 8] & LVL_GID_MASK, 1);
    assert_true(m->solid[0 * m->width + 16]); /* a wall (tile property) */
    assert_true(m->layers[0][16] & LVL_FLIP_H);
    /* The image layer: at its offset, scaled like the map, half faded. */
    assert_int_equal(m->picture_count, 2);
    assert_non_null(strstr(m->pictures[0].image, "office_tiles_32.png"));
    assert_int_equal(m->pictures[0].x, (64 + 16 * 32) / 2);
    assert_true(m->pictures[0].scale == 0.5f);
    assert_int_equal(m->pictures[0].above, 3 - 1); /* after ground and walls */
    assert_int_equal(m->pictures[1].gid, 9);       /* the untyped plant tile object */
    assert_int_equal(m->pictures[1].y, (320 - 32) / 2);
    /* The text object, as Tiled stores it. */
    assert_int_equal(m->text_count, 1);
    const lvl_text *t = &m->texts[0];
    assert_string_equal(t->text, "Welcome to\nthe office");
    assert_string_equal(t->font_family, "DotGothic16");
    assert_int_equal(t->pixel_size, 24);
    assert_int_equal(t->size, 12);
    assert_true(t->wrap && t->bold && !t->italic && t->kerning);
    assert_int_equal(t->halign, LVL_HALIGN_CENTER);
    assert_int_equal(t->valign, LVL_VALIGN_BOTTOM);
    assert_int_equal(t->color[0], 0x33);
    assert_int_equal(t->color[3], 0xff);
    assert_int_equal(t->x, (-448 + 16 * 32) / 2);
    assert_int_equal(t->w, 128);
    /* Things: a tile object without a class takes its tile's (mentor). */
    const lvl_object *grace = lvl_object_find(&def, "mentor", "Grace");
    assert_non_null(grace);
    assert_int_equal(grace->x, (192 + 16 * 32) / 2);
    assert_int_equal(grace->y, (192 - 32) / 2); /* tile objects hang from their bottom-left */
    const lvl_object *ada = lvl_object_find(&def, "npc", "Ada");
    assert_int_equal(ada->x, (64 + 32 + 16 * 32) / 2); /* moved by its group */
    const lvl_object *orb = lvl_object_find(&def, "skill", "orb");
    assert_true(lvl_prop_number(orb, "speed", 0) == 2.5);
    assert_true(lvl_prop_number(orb, "count", 0) == 3);
    assert_string_equal(orb->props[0].key, "count"); /* sorted: a Lua table has no order */
    /* The animated terminal tile. */
    assert_int_equal(m->tilesets[0].anim_count, 1);
    assert_int_equal(m->tilesets[0].anims[0].tile, 11);
    assert_int_equal(m->tilesets[0].anims[0].frames[1].tile, 12);
    assert_int_equal(m->tilesets[0].anims[0].frames[1].ms, 500);
    /* Untyped shapes: one note each, at their lines in the .tmx. */
    assert_int_equal(m->note_count, 2);
    assert_true(m->notes[0].line > 100);
    assert_non_null(strstr(m->notes[0].message, "'note to self' has no class"));
    /* The map, its .tsx and the image (once) are the files to watch. */
    assert_int_equal(m->file_count, 3);
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void class_of_tiled_19_and_tint_are_read(void **state)
{
    (void)state;
    assert_all_alike(
        (const char *const[]){TILED "features/class19.tmx", TILED "features/class19.lua", NULL});
    lvl_def def;
    scr_level *lv = load(TILED "features/class19.tmx", &def);
    const lvl_object *ada = lvl_object_find(&def, "npc", "Ada");
    assert_non_null(ada);
    assert_int_equal(ada->x, 32); /* 48 px on a 24 px grid: tile 2 */
    assert_non_null(lvl_object_find(&def, "start", NULL));
    const uint8_t tint[4] = {255, 128, 0, 128};
    assert_memory_equal(def.map.looks[0].tint, tint, 4);
    assert_int_equal(def.map.tilesets[0].draw_w, 21); /* 32 px tiles on a 24 px grid */
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void a_level_file_can_name_a_tmx(void **state)
{
    (void)state;
    lvl_def def;
    scr_level *lv = load(SQ_SOURCE_DIR "/tests/check/valid_tiled_tmx.lua", &def);
    assert_int_equal(def.map.width, 30);
    assert_false(def.bare_map);
    const lvl_object *ada = lvl_object_find(&def, "npc", "Ada");
    assert_non_null(ada);
    assert_int_equal(ada->line, 0); /* its line is the map's, not the level file's */
    assert_non_null(strstr(def.map.source, "maps/office.tmx"));
    scr_level_destroy(lv);
    lvl_free(&def);
}

/* The relative path from directory `from` to file `to`, both absolute: what Tiled writes. */
static void relative_path(const char *from, const char *to, char *out, size_t size)
{
    size_t common = 0;
    for (size_t i = 0; from[i] && from[i] == to[i]; i++)
        if (from[i] == '/') common = i + 1;
    if (from[strlen(from)] == '\0' && to[strlen(from)] == '/' &&
        strncmp(from, to, strlen(from)) == 0)
        common = strlen(from) + 1;
    out[0] = '\0';
    for (const char *p = from + common - 1; *p; p++)
        if (*p == '/') strncat(out, "../", size - strlen(out) - 1);
    strncat(out, to + common, size - strlen(out) - 1);
}

/* A map made anywhere may use the game's own tilesets by a path up and out of its
 * folder (as Tiled writes it); no other path may leave the map's folder. */
static void maps_anywhere_use_the_shipped_tilesets(void **state)
{
    (void)state;
    char dir[256], path[512], rel[1024], text[4096];
    snprintf(dir, sizeof dir, "/tmp/sq_tiled_maps_%d/maps", (int)getpid());
    snprintf(text, sizeof text, "mkdir -p %s", dir);
    assert_int_equal(system(text), 0);
    relative_path(dir, SQ_SOURCE_DIR "/tools/tiled/tilesets/skillquest_tiles.tsx", rel, sizeof rel);
    assert_non_null(strstr(rel, "../"));
    snprintf(
        text, sizeof text,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<map orientation=\"orthogonal\" width=\"2\" "
        "height=\"1\" tilewidth=\"16\" tileheight=\"16\">\n <tileset firstgid=\"1\" "
        "source=\"%s\"/>\n"
        " <layer name=\"l\" width=\"2\" height=\"1\"><data "
        "encoding=\"csv\">1,7</data></layer>\n</map>\n",
        rel);
    snprintf(path, sizeof path, "%s/room.tmx", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    lvl_def def;
    scr_level *lv = load(path, &def);
    assert_int_equal(def.map.tileset_count, 1);
    assert_true(def.map.solid[1]); /* wall_face: solid in the shipped tileset */
    assert_false(def.map.solid[0]);
    assert_int_equal(def.map.file_count, 3); /* the map, the shipped .tsx and its image */
    scr_level_destroy(lv);
    lvl_free(&def);
    /* Any other way out of the folder is refused. */
    relative_path(dir, SQ_SOURCE_DIR "/tests/data/tiled/external.tsx", rel, sizeof rel);
    char *at = strstr(text, "source=\"") + 8;
    snprintf(at, sizeof text - (size_t)(at - text), "%s\"/>\n</map>\n", rel);
    f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    scr_env env = {SQ_SOURCE_DIR, scr_default_limits(), NULL, 1, NULL, 0};
    char err[1024];
    assert_null(scr_level_load(path, &env, &def, err, sizeof err));
    assert_non_null(strstr(err, "or one of the game's own tilesets"));
    snprintf(text, sizeof text, "rm -rf /tmp/sq_tiled_maps_%d", (int)getpid());
    assert_int_equal(system(text), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(office_in_every_format_loads_alike),
        cmocka_unit_test(desert_32px_loads_alike),
        cmocka_unit_test(sewers_24px_loads_alike),
        cmocka_unit_test(perspective_walls_31px_loads_alike),
        cmocka_unit_test(orthogonal_outside_16px_loads_alike),
        cmocka_unit_test(features_load_alike),
        cmocka_unit_test(class_of_tiled_19_and_tint_are_read),
        cmocka_unit_test(a_level_file_can_name_a_tmx),
        cmocka_unit_test(maps_anywhere_use_the_shipped_tilesets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
