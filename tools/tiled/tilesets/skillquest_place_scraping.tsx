<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_place_scraping" tilewidth="16" tileheight="16" tilecount="6" columns="8">
 <image source="skillquest_place_scraping.png" width="128" height="16"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_scraping"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="wall_top_scraping"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="wall_face_scraping"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="scraping_catalogue"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="scraping_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="scraping_rope"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
