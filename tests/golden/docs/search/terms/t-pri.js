sitrepSearchData("terms/t-pri",{"prigozhin":"WFZl8","primary":"RPzi8","prime":"x-Cf8","principal":"TQwi8","priorities":"zLY22OzDg8DBRl8","prioritize":"RPzi8","private":"RPzigASW32"});
