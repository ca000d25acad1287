sitrepSearchData("terms/t-whi",{"while":"FFSlx0","white":"EOS62HFO08zTUc2"});
