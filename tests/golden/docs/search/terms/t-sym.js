sitrepSearchData("terms/t-sym",{"symbol":"FFSl8yFVt8","symbolic":"FFSl8"});
