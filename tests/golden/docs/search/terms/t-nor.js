sitrepSearchData("terms/t-nor",{"north":"QCMja","norway":"x-Cf8FIL58","norwegian":"x-Cf8"});
