sitrepSearchData("terms/t-m1",{"m1":"FFSl8yFVtx0zNFr2"});
