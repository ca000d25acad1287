sitrepSearchData("terms/t-kur",{"kursk":"PXVj6Kjp"});
