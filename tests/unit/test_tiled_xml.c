/* The .tmx/.tsx reader on XML held in memory, and the conversion of a document into a
 * level: every element Tiled writes, the ones it never writes (refused by name and
 * line), hostile nesting and sizes, and the scale, offset and note rules. */
#include "test_common.h"
#include "tiled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Problems and notes, one "LINE: message" per line, for assertions. */
static char got[8192];
static int problems, notes;

static void collect(void *user, const char *file, int line, const char *message)
{
    (void)file;
    int *count = user == &notes ? &notes : &problems;
    (*count)++;
    size_t n = strlen(got);
    snprintf(got + n, sizeof got - n, "%d: %s\n", line, message);
}

static void note_collect(void *user, const char *file, int line, const char *message)
{
    (void)user;
    collect(&notes, file, line, message);
}

static const tld_reporter rep = {collect, note_collect, &problems};

static void reset(void)
{
    got[0] = '\0';
    problems = notes = 0;
}

static void assert_got(const char *needle)
{
    if (!strstr(got, needle)) fail_msg("'%s' not in:\n%s", needle, got);
}

/* Maps below live "in" tests/data/tiled/, so office_tiles.png (8x2 tiles of 16 px) resolves. */
#define DIR SQ_SOURCE_DIR "/tests/data/tiled/"
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define OFFICE_TILESET                                                                             \
    " <tileset firstgid=\"1\" name=\"office\" tilewidth=\"16\" tileheight=\"16\" "                 \
    "tilecount=\"16\" "                                                                            \
    "columns=\"8\">\n  <image source=\"office_tiles.png\" width=\"128\" height=\"32\"/>\n"         \
    "  <tile id=\"5\" type=\"wall\"><properties><property name=\"solid\" type=\"bool\" "           \
    "value=\"true\"/></properties></tile>\n </tileset>\n"

static bool parse(const char *text, tld_map *m)
{
    reset();
    return tld_parse_tmx(DIR "mem.tmx", text, strlen(text), m, &rep);
}

static void reads_what_tiled_writes(void **state)
{
    (void)state;
    static const char text[] = HEAD
        "<map version=\"1.10\" orientation=\"orthogonal\" width=\"3\" height=\"2\" "
        "tilewidth=\"16\" "
        "tileheight=\"16\" infinite=\"0\" backgroundcolor=\"#80102030\">\n" OFFICE_TILESET
        " <layer id=\"1\" name=\"ground\" width=\"3\" height=\"2\" opacity=\"0.5\" "
        "tintcolor=\"#ff0000\" offsetx=\"2\" parallaxx=\"0.5\">\n"
        "  <data>\n   <tile gid=\"1\"/><tile/><tile gid=\"2147483654\"/>\n   <tile gid=\"2\"/>"
        "<tile gid=\"2\"/><tile gid=\"2\"/>\n  </data>\n </layer>\n"
        " <group id=\"2\" name=\"g\" visible=\"0\">\n  <imagelayer id=\"3\" name=\"sky\" "
        "repeatx=\"1\"><image source=\"office_tiles.png\" trans=\"ff00ff\"/></imagelayer>\n"
        "  <objectgroup id=\"4\" name=\"o\">\n"
        "   <object id=\"1\" name=\"Ada\" type=\"npc\" x=\"8.5\" y=\"4\" width=\"16\" "
        "height=\"16\">\n"
        "    <properties>\n     <property name=\"n\" type=\"int\" value=\"7\"/>\n"
        "     <property name=\"ok\" type=\"bool\" value=\"true\"/>\n"
        "     <property name=\"ref\" type=\"object\" value=\"3\"/>\n"
        "     <property name=\"long\">two\nlines</property>\n"
        "     <property name=\"c\" type=\"class\" propertytype=\"door\"><properties>"
        "<property name=\"inner\" value=\"x\"/></properties></property>\n"
        "    </properties>\n   </object>\n"
        "   <object id=\"2\" class=\"sign\" x=\"1\" y=\"2\"><point/></object>\n"
        "   <object id=\"3\" x=\"0\" y=\"0\" width=\"32\" height=\"8\"><text color=\"#80ff0000\" "
        "halign=\"right\" valign=\"center\" kerning=\"0\" italic=\"1\">Hi &amp; "
        "bye</text></object>\n"
        "   <object id=\"4\" x=\"0\" y=\"0\"><polygon points=\"0,0 1,1\"/></object>\n"
        "  </objectgroup>\n </group>\n</map>\n";
    tld_map m;
    assert_true(parse(text, &m));
    assert_int_equal(problems, 0);
    assert_string_equal(m.orientation, "orthogonal");
    assert_int_equal(m.width, 3);
    assert_int_equal(m.line, 2);
    assert_true(m.has_background);
    assert_int_equal(m.background[3], 0x80);
    assert_int_equal(m.tileset_count, 1);
    assert_int_equal(m.tilesets[0].tile_count, 1);
    assert_string_equal(m.tilesets[0].tiles[0].type, "wall");
    assert_int_equal(m.layer_count, 2);
    const tld_layer *l = &m.layers[0];
    assert_int_equal(l->gids[2], 0x80000006u);
    assert_int_equal(l->gids[1], 0);
    assert_true(l->opacity == 0.5 && l->offset_x == 2 && l->parallax_x == 0.5);
    assert_int_equal(l->tint[1], 0);
    const tld_layer *g = &m.layers[1];
    assert_int_equal(g->kind, TLD_LAYER_GROUP);
    assert_false(g->visible);
    assert_int_equal(g->child_count, 2);
    assert_string_equal(g->children[0].image, "office_tiles.png");
    assert_true(g->children[0].has_transparent && g->children[0].repeat_x);
    assert_int_equal(g->children[0].transparent, 0xff00ff);
    const tld_layer *o = &g->children[1];
    assert_int_equal(o->object_count, 4);
    const tld_object *ada = &o->objects[0];
    assert_string_equal(ada->type, "npc");
    assert_true(ada->x == 8.5);
    assert_int_equal(ada->props.count, 5);
    assert_true(tld_props_find(&ada->props, "n")->number == 7);
    assert_true(tld_props_find(&ada->props, "ok")->boolean);
    assert_true(tld_props_find(&ada->props, "ref")->number == 3);
    assert_string_equal(tld_props_find(&ada->props, "long")->string, "two\nlines");
    assert_int_equal(tld_props_find(&ada->props, "c")->kind, TLD_PROP_CLASS);
    assert_null(tld_props_find(&ada->props, "inner")); /* a class value's members stay inside it */
    assert_string_equal(o->objects[1].type, "sign");   /* Tiled 1.9's class= */
    assert_int_equal(o->objects[1].shape, TLD_SHAPE_POINT);
    const tld_text *t = o->objects[2].text;
    assert_non_null(t);
    assert_string_equal(t->text, "Hi & bye");
    assert_int_equal(t->color[0], 255);
    assert_int_equal(t->color[3], 0x80);
    assert_int_equal(t->halign, TLD_HALIGN_RIGHT);
    assert_int_equal(t->valign, TLD_VALIGN_CENTER);
    assert_true(t->italic && !t->kerning && t->pixel_size == 16);
    assert_int_equal(o->objects[3].shape, TLD_SHAPE_POLYGON);
    tld_map_free(&m);
}

static void refuses_by_name_and_line(void **state)
{
    (void)state;
    tld_map m;
    assert_false(parse(HEAD "<map>\n<layer>\n</map>\n", &m));
    assert_got("4: not well-formed XML: mismatched tag");
    tld_map_free(&m);
    assert_false(parse(HEAD "<!DOCTYPE map [\n<!ENTITY a \"aaaa\">\n]>\n<map>&a;</map>", &m));
    assert_got("3: the file declares XML entities");
    tld_map_free(&m);
    assert_false(parse(HEAD "<tileset/>", &m));
    assert_got("2: this is not a Tiled map: its root element is <tileset>, not <map>");
    tld_map_free(&m);
    assert_false(parse(HEAD "<map width=\"-1\" tilewidth=\"x\"/>", &m));
    assert_got("2: <map> has width=\"-1\"; expected a whole number from 0 to 4096");
    assert_got("<map> has tilewidth=\"x\"");
    tld_map_free(&m);
    assert_false(
        parse(HEAD "<map width=\"2\" height=\"1\">\n<layer name=\"l\" width=\"2\" height=\"1\">\n"
                   "<data><tile gid=\"1\"/></data></layer></map>",
              &m));
    assert_got("4: data has 1 <tile> elements, expected 2");
    tld_map_free(&m);
    assert_false(
        parse(HEAD "<map width=\"2\" height=\"1\">\n<layer name=\"l\" width=\"2\" height=\"1\">\n"
                   "<data encoding=\"base64\" compression=\"zlib\">\nAAAA\n</data></layer></map>",
              &m));
    assert_got("4: tile layer 'l' data: zlib data is");
    tld_map_free(&m);
    assert_false(parse(HEAD
                       "<map width=\"1\" height=\"1\" infinite=\"0\"><layer name=\"l\" width=\"1\" "
                       "height=\"1\"><data encoding=\"csv\"><chunk x=\"0\" y=\"0\" width=\"1\" "
                       "height=\"1\">1</chunk></data></layer></map>",
                       &m));
    assert_got("layer has a <chunk>, but the map is not infinite");
    tld_map_free(&m);
}

static void hostile_nesting_and_sizes(void **state)
{
    (void)state;
    /* 70 nested groups: refused at the limit, no stack growth per level of XML. */
    char text[8192] = HEAD "<map width=\"1\" height=\"1\" tilewidth=\"16\" tileheight=\"16\">";
    for (int i = 0; i < 70; i++)
        strcat(text, "<group>");
    for (int i = 0; i < 70; i++)
        strcat(text, "</group>");
    strcat(text, "</map>");
    tld_map m;
    assert_false(parse(text, &m));
    assert_got("groups are nested more than 16 deep");
    tld_map_free(&m);
    /* A layer whose size would need gigabytes is refused before allocating. */
    assert_false(parse(HEAD "<map width=\"4096\" height=\"4096\" infinite=\"1\"><layer name=\"l\">"
                            "<data encoding=\"csv\"><chunk x=\"0\" y=\"0\" width=\"4096\" "
                            "height=\"4096\">1</chunk><chunk x=\"0\" y=\"0\" width=\"4096\" "
                            "height=\"4096\">1</chunk></data></layer></map>",
                       &m));
    assert_got("chunks hold more than 16777216 tiles");
    tld_map_free(&m);
    /* Binary junk is an XML error, not a crash. */
    static const char junk[] = "<map\x01\xff\xfe>";
    reset();
    assert_false(tld_parse_tmx(DIR "junk.tmx", junk, sizeof junk - 1, &m, &rep));
    assert_got("not well-formed XML");
    tld_map_free(&m);
}

static void reads_tsx(void **state)
{
    (void)state;
    static const char tsx[] =
        HEAD "<tileset name=\"t\" tilewidth=\"64\" tileheight=\"32\" spacing=\"2\" margin=\"1\">\n"
             " <tileoffset x=\"-32\" y=\"4\"/>\n <grid orientation=\"orthogonal\" width=\"1\" "
             "height=\"1\"/>\n"
             " <image source=\"office_tiles.png\" trans=\"#00ff00\"/>\n"
             " <tile id=\"3\" class=\"mentor\"><animation><frame tileid=\"3\" duration=\"100\"/>"
             "<frame tileid=\"4\" duration=\"300\"/></animation></tile>\n"
             " <wangsets><wangset name=\"w\"><wangtile tileid=\"0\" "
             "wangid=\"1\"/></wangset></wangsets>\n"
             "</tileset>\n";
    tld_tileset ts;
    reset();
    assert_true(tld_parse_tsx(DIR "t.tsx", tsx, strlen(tsx), &ts, &rep));
    assert_int_equal(ts.tile_w, 64);
    assert_int_equal(ts.spacing, 2);
    assert_int_equal(ts.offset_x, -32);
    assert_int_equal(ts.transparent, 0x00ff00);
    assert_string_equal(ts.grid_orientation, "orthogonal");
    assert_int_equal(ts.tile_count, 1);
    assert_string_equal(ts.tiles[0].type, "mentor");
    assert_int_equal(ts.tiles[0].frame_count, 2);
    assert_int_equal(ts.tiles[0].frames[1].duration_ms, 300);
    tld_tileset_free(&ts);
}

/* --- into a level ------------------------------------------------------------------- */

static int convert(const char *text, lvl_def *def)
{
    tld_map m;
    memset(def, 0, sizeof *def);
    bool ok = parse(text, &m);
    int n = ok ? tld_to_level(&m, def, &(tld_level_options){true}, &rep) : -1;
    tld_map_free(&m);
    return n;
}

static void scales_and_offsets(void **state)
{
    (void)state;
    /* A 32 px map: everything halves, the 16 px tiles of its tileset too (as Tiled draws them). */
    static const char text[] = HEAD
        "<map orientation=\"orthogonal\" width=\"4\" height=\"3\" tilewidth=\"32\" "
        "tileheight=\"32\">\n" OFFICE_TILESET
        " <group name=\"g\" offsetx=\"40\" offsety=\"-32\" opacity=\"0.5\">\n"
        "  <layer name=\"a\" width=\"4\" height=\"3\" opacity=\"0.5\"><data encoding=\"csv\">"
        "0,0,0,0,0,1,0,0,0,0,6,0</data></layer>\n"
        "  <objectgroup name=\"o\"><object id=\"1\" type=\"start\" x=\"24\" y=\"100\"/>"
        "<object id=\"2\" x=\"1\" y=\"1\" width=\"2\" height=\"2\"/></objectgroup>\n"
        " </group>\n"
        " <layer name=\"hidden\" width=\"4\" height=\"3\" visible=\"0\"><data encoding=\"csv\">"
        "6,0,0,0,0,0,0,0,0,0,0,0</data></layer>\n</map>\n";
    lvl_def def;
    assert_int_equal(convert(text, &def), 0);
    const lvl_map *m = &def.map;
    assert_int_equal(m->width, 4);
    assert_int_equal(m->layer_count, 1);          /* the hidden layer is not drawn */
    assert_true(m->solid[0]);                     /* but its wall still blocks */
    assert_int_equal(m->layers[0][0 * 4 + 2], 1); /* 40 px = one tile right (+8), 32 up */
    assert_int_equal(m->looks[0].offset_x, 4);    /* the 8 px left over, halved */
    assert_true(m->looks[0].opacity == 0.25f);    /* the group's times the layer's */
    assert_int_equal(m->tilesets[0].draw_w, 8);   /* 16 px tiles fill a quarter of a 32 px */
    assert_int_equal(m->tilesets[0].draw_dy, 8);  /* cell, at its bottom-left, as in Tiled */
    assert_true(m->solid[1 * 4 + 3]);             /* the wall, moved like its layer */
    assert_false(m->solid[2 * 4 + 2]);
    const lvl_object *start = lvl_object_find(&def, "start", NULL);
    assert_int_equal(start->x, (24 + 40) / 2);
    assert_int_equal(start->y, (100 - 32) / 2);
    /* Notes: the untyped rectangle, and both layers' tile of class "wall" (a tile of
     * a class on a tile layer is only drawn: things go on object layers). */
    assert_int_equal(m->note_count, 3);
    assert_int_equal(notes, 3);
    assert_got("object 2 has no class");
    assert_got("tile layer 'a' has 1 tile of a class ('wall' ...)");
    lvl_free(&def);
}

static void refusals_in_conversion(void **state)
{
    (void)state;
    lvl_def def;
    assert_int_equal(convert(HEAD "<map orientation=\"staggered\" width=\"1\" height=\"1\" "
                                  "tilewidth=\"16\" tileheight=\"16\"/>",
                             &def),
                     1);
    assert_got("2: this map is staggered; SkillQuest reads orthogonal maps only");
    lvl_free(&def);
    char text[4096] =
        HEAD "<map orientation=\"orthogonal\" width=\"1\" height=\"1\" tilewidth=\"16\" "
             "tileheight=\"16\">\n" OFFICE_TILESET;
    for (int i = 0; i < 5; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text),
                 "<layer name=\"l%d\" width=\"1\" height=\"1\"><data "
                 "encoding=\"csv\">%d</data></layer>\n",
                 i, i == 4 ? 99 : 1);
    strcat(text, "</map>");
    assert_true(convert(text, &def) >= 1);
    assert_got("tile layer 'l4': at most 4 visible tile layers are drawn");
    lvl_free(&def);
    assert_int_equal(
        convert(HEAD "<map orientation=\"orthogonal\" width=\"1\" height=\"1\" tilewidth=\"16\" "
                     "tileheight=\"16\">\n" OFFICE_TILESET
                     "<layer name=\"l\" width=\"1\" height=\"1\"><data encoding=\"csv\">99"
                     "</data></layer></map>",
                &def),
        1);
    assert_got("tile layer 'l' uses tile 99, which no tileset has");
    lvl_free(&def);
    assert_int_equal(
        convert(HEAD "<map orientation=\"orthogonal\" width=\"1\" height=\"1\" tilewidth=\"16\" "
                     "tileheight=\"16\">\n<tileset firstgid=\"1\" name=\"t\" tilewidth=\"16\" "
                     "tileheight=\"16\"><image source=\"../escape.png\"/></tileset></map>",
                &def),
        1);
    assert_got("tileset image '../escape.png' must be a relative path inside the level's folder");
    lvl_free(&def);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_what_tiled_writes),   cmocka_unit_test(refuses_by_name_and_line),
        cmocka_unit_test(hostile_nesting_and_sizes), cmocka_unit_test(reads_tsx),
        cmocka_unit_test(scales_and_offsets),        cmocka_unit_test(refusals_in_conversion),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
