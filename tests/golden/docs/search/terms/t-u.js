sitrepSearchData("terms/t-u",{"u":"z-zg2xXF22zMG3xgyFVt8EETkgzTUc2xGL32yyZ32"});
