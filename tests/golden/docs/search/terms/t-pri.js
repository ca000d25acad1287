sitrepSearchData("terms/t-pri",{"prigozhin":"WFZl8","primary":"FFSl8","prime":"x-Cf8","principal":"TQwi8","priorities":"zLY22BVWj8PLyi8","prioritize":"FFSl8","private":"FFSlgNwD02"});
