sitrepSearchData("terms/t-dan",{"dan":"RPzi8AWA52","danger":"RPzi8","daniel":"RPzi8AWA52yHNg2"});
