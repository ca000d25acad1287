sitrepSearchData("terms/t-rem",{"remains":"FFSlg"});
