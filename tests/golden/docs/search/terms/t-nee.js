sitrepSearchData("terms/t-nee",{"need":"FFSl8","needs":"FFSlg"});
