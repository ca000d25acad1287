sitrepSearchData("terms/t-dan",{"dan":"FFSl8NzN22","danger":"FFSl8","daniel":"FFSl8NzN22yHNg2"});
