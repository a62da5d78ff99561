<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_place_games" tilewidth="16" tileheight="16" tilecount="5" columns="8">
 <image source="skillquest_place_games.png" width="128" height="16"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_games"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="wall_top_games"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="wall_face_games"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="games_beanbag"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="games_crt"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
