sitrepSearchData("terms/t-s",{"s":"z-zg2xXF22zMG3xgyFVt8EETkgzTUc2zJI62"});
