sitrepSearchData("terms/t-hou",{"house":"EOS62FyL28B-Xa2","houses":"UzVt8"});
