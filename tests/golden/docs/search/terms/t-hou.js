sitrepSearchData("terms/t-hou",{"house":"EOS62HFO08zTUc2","houses":"UzVt8"});
