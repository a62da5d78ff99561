<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_tiles" tilewidth="16" tileheight="16" tilecount="11" columns="8">
 <image source="skillquest_tiles.png" width="128" height="32"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="carpet"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="floor_shadow"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="wall_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="wall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="desk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="plant"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="bookshelf"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="server_rack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
