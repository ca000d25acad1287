sitrepSearchData("terms/t-ple",{"pledged":"FFSl8NS_f8"});
