sitrepSearchData("terms/t-whi",{"while":"RPzix0","white":"EOS62FyL28B-Xa2"});
