sitrepSearchData("terms/t-fur",{"further":"FFSl8yFVt8"});
