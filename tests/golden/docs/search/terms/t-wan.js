sitrepSearchData("terms/t-wan",{"wanting":"FFSl8","wants":"FFSl8"});
