sitrepSearchData("terms/t-kyi",{"kyiv":"KLCc6DzZ68xwHi8"});
