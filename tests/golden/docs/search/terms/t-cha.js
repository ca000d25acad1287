sitrepSearchData("terms/t-cha",{"chaired":"SPL48","challenger":"FFSl8NS_f6","challengers":"FFSl8NS_f6","changes":"FFSl8","channels":"HPMi8","charge":"BVIi8","charles":"LJTh8"});
