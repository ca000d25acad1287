sitrepSearchData("terms/t-sep",{"sep":"LAWd2","separate":"JzHi2HLH22","september":"RPzi8","sepv2":"LAWd2","sepv3":"LAWd2"});
